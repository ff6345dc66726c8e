namespace CdsBot.Observability;

/// <summary>Counts what a webhook endpoint answered the platform (<c>cdsbot.webhook.acks</c>, by channel and status).</summary>
public static class WebhookAcks
{
    public static RouteHandlerBuilder CountingAcks(this RouteHandlerBuilder endpoint, string channel) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            // Results<…> wraps the typed result the handler chose.
            var chosen = result is INestedHttpResult nested ? nested.Result : result;
            var status = chosen is IStatusCodeHttpResult { StatusCode: { } code } ? code : context.HttpContext.Response.StatusCode;
            context.HttpContext.RequestServices.GetRequiredService<CdsBotMetrics>().WebhookAcked(channel, status);
            return result;
        });
}
