using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Channels;

/// <summary>
/// Warns at start-up of an OA or Page whose Locality or Topics the content in force does not know: a mistyped
/// locality would never be read into a question, a mistyped topic would leave the account nothing to answer.
/// </summary>
public static class AccountScopeCheck
{
    public static void WarnOfUnknownScopes(this WebApplication app)
    {
        var content = app.Services.GetRequiredService<ContentCatalog>().Content;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountScopeCheck));
        var zalo = app.Services.GetService<ZaloAccounts>()?.All.Select(a => ($"Zalo OA {a.Id}", a.Scope)) ?? [];
        var messenger = app.Services.GetService<MessengerPages>()?.All.Select(p => ($"Messenger Page {p.Id}", p.Scope)) ?? [];
        foreach (var (account, scope) in zalo.Concat(messenger))
        {
            foreach (var problem in Problems(scope, content))
            {
                logger.LogWarning("{Account}: {Problem}", account, problem);
            }
        }
    }

    /// <summary>What in <paramref name="scope"/> the <paramref name="content"/> does not know, in words for an operator.</summary>
    public static IEnumerable<string> Problems(ContentScope scope, ContentSet content)
    {
        if (scope.Locality is { } locality && content.Localities.All(l => l.Id != locality))
        {
            yield return $"Locality '{locality}' is not a locality of the content (content/localities.yaml); questions are not read as naming it.";
        }

        foreach (var topic in scope.Topics.Where(t => content.Topics.All(known => known.Id != t)))
        {
            yield return $"Topic '{topic}' is not a topic of the content (content/topics.yaml); no item of it can be answered there.";
        }
    }
}
