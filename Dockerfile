# The bot's image, used by compose.yaml (several instances on PostgreSQL). The tests do not use it.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CdsBot -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "CdsBot.dll"]
