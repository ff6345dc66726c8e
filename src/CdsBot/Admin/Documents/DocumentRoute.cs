namespace CdsBot.Admin.Documents;

/// <summary>Document numbers in routes. Most hold a slash ("505/QĐ-TTg"), sent as %2F, which routing leaves encoded.</summary>
public static class DocumentRoute
{
    public static string Number(string routeValue) => routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase).Trim();
}
