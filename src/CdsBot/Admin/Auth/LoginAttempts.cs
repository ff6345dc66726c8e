using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Auth;

/// <summary>
/// Limits sign-in attempts per client address to <see cref="AdminOptions.LoginAttemptsPerMinute"/> in each minute,
/// counted in the database so that every instance behind the proxy shares one count (a guesser spreading attempts
/// over the instances gets no more of them).
/// </summary>
public sealed class LoginAttempts(IDbContextFactory<CdsBotDbContext> contexts, IOptions<AdminOptions> options, TimeProvider time)
{
    /// <summary>Counts an attempt from <paramref name="client"/>; false when its minute's attempts are used up.</summary>
    public async Task<bool> TryTakeAsync(string client, CancellationToken cancellationToken)
    {
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var limit = options.Value.LoginAttemptsPerMinute;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.LoginAttempts.Where(a => a.Minute < minute - 1).ExecuteDeleteAsync(cancellationToken);
        return await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO login_attempts ("Client", "Minute", "Count") VALUES ({client}, {minute}, 1)
             ON CONFLICT ("Client", "Minute") DO UPDATE SET "Count" = login_attempts."Count" + 1 WHERE login_attempts."Count" < {limit}
             """,
            cancellationToken) == 1;
    }

    /// <summary>Refuses a sign-in request with 429 once its client's attempts of the minute are used up.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return await http.RequestServices.GetRequiredService<LoginAttempts>().TryTakeAsync(client, http.RequestAborted)
            ? await next(context)
            : TypedResults.StatusCode(StatusCodes.Status429TooManyRequests);
    }
}
