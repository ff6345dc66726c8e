using System.ClientModel;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Rephrasing;
using CdsBot.Rephrasing;
using Microsoft.Extensions.Options;

namespace CdsBot.Documents.Drafting;

/// <summary>
/// Asks the language model (the rephraser's, Llm:*) for question–answer pairs from each passage, one passage per call,
/// and keeps only the pairs <see cref="DraftGuard"/> passes. Nothing here publishes: the caller files the pairs as drafts
/// for review.
/// </summary>
public sealed class FaqDrafter
{
    private readonly LlmOptions _llm;
    private readonly Lazy<ChatModel> _model;
    private readonly DraftGuard _guard;
    private readonly ILogger<FaqDrafter> _logger;

    public FaqDrafter(IOptions<LlmOptions> options, ILogger<FaqDrafter> logger)
    {
        _llm = options.Value;
        _logger = logger;
        _guard = new DraftGuard(_llm.NamedPlatforms ?? FactGuard.DefaultPlatforms);
        // Built on first use: with Llm:Enabled off there is no endpoint to build a client for.
        _model = new Lazy<ChatModel>(() => new ChatModel(_llm, TimeSpan.FromSeconds(Math.Max(5, _llm.DraftTimeoutSeconds))));
    }

    /// <summary>Whether drafting can run: Llm:Enabled, with an endpoint and a deployment.</summary>
    public bool IsEnabled => _llm.Enabled && _llm.IsConfigured;

    /// <summary>Passages drafted from per request, at most.</summary>
    public int MaxPassages => Math.Max(1, _llm.DraftMaxPassages);

    public async Task<FaqDrafts> DraftAsync(SourceDocument document, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        var (accepted, refused, failed) = (new List<DraftedPair>(), new List<RefusedPair>(), new List<DraftFailure>());
        foreach (var passage in passages)
        {
            string? reply;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(5, _llm.DraftTimeoutSeconds)));
                reply = await _model.Value.CompleteAsync(FaqDraftPrompt.System, FaqDraftPrompt.User(document.Citation, passage.HeadingPath, passage.Text), timeout.Token);
            }
            catch (Exception ex) when (ex is ClientResultException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                _logger.LogInformation("Drafting from passage {Passage} failed: {Error}", passage.Id, ex.Message);
                failed.Add(new DraftFailure(passage.Id, ex is OperationCanceledException ? "mô hình không trả lời kịp" : $"lỗi khi gọi mô hình ({(ex as ClientResultException)?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ex.GetType().Name})"));
                continue;
            }

            if (FaqDraftPrompt.Pairs(reply) is not { } pairs)
            {
                failed.Add(new DraftFailure(passage.Id, "mô hình không trả lời đúng dạng JSON được yêu cầu"));
                continue;
            }

            foreach (var (question, answer) in pairs)
            {
                if (_guard.Check(passage.Text, question, answer) is { } why)
                {
                    refused.Add(new RefusedPair(passage.Id, question, answer, why));
                }
                else
                {
                    accepted.Add(new DraftedPair(passage.Id, question, answer));
                }
            }
        }

        return new FaqDrafts(accepted, refused, failed);
    }
}
