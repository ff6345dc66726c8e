using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Subscriptions;

/// <summary>"Đăng ký nhận tin": the citizen picks a topic (or all) and a locality, and consents; time and channel are recorded.</summary>
public sealed class SubscribeDialog : ComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "subscribe";

    /// <summary>The choice value meaning every topic.</summary>
    public const string AllTopics = "ALL";

    private const string AskTopic = "subscribe.topic", AskLocality = "subscribe.locality";

    private readonly ContentCatalog _catalog;
    private readonly ISubscriptionStore _store;
    private readonly TimeProvider _time;
    private readonly MainMenu _menu;

    /// <summary>Creates the dialog.</summary>
    public SubscribeDialog(ContentCatalog catalog, ISubscriptionStore store, TimeProvider time, MainMenu menu) : base(DialogId)
    {
        (_catalog, _store, _time, _menu) = (catalog, store, time, menu);
        AddDialog(new WaterfallDialog("subscribe.steps", [TopicAsync, LocalityAsync, SaveAsync]));
        AddDialog(new ChoicePrompt(AskTopic));
        AddDialog(new PlacePrompt(AskLocality));
    }

    private Task<DialogTurnResult> TopicAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "subscribe";
        return step.PromptAsync(AskTopic, new PromptOptions
        {
            Prompt = "Anh/Chị muốn nhận tin về chủ đề nào?",
            RetryPrompt = "Anh/Chị chọn một chủ đề trong danh sách (hoặc gõ \"hủy\" để dừng) nhé.",
            Choices = [new Choice { Title = "Tất cả chủ đề", Value = AllTopics, Synonyms = ["tất cả", "all"] }, .. _catalog.Content.Topics.Select(t => new Choice { Title = t.Title, Value = t.Id })],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> LocalityAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "subscribe";
        if (step.Result is not Choice topic)
        {
            return GiveUpAsync(step, cancellationToken);
        }

        step.SetValue("topic", topic.Value);
        return step.PromptAsync(AskLocality, new PromptOptions
        {
            Prompt = "Anh/Chị ở xã, phường nào? (để nhận tin của địa phương) Anh/Chị gõ tên, có dấu hay không dấu đều được, hoặc chọn bên dưới.",
            RetryPrompt = "Anh/Chị gõ một phần tên xã, phường (ví dụ “tân ninh”), hoặc chọn “Toàn quốc” để nhận tin chung.",
            Choices =
            [
                new Choice { Title = "Toàn quốc", Value = Localities.National, Synonyms = ["cả nước", "tất cả"] },
                .. _catalog.Content.Localities.Select(l => new Choice { Title = l.Name, Value = l.Id, Synonyms = l.Aliases }),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "subscribe";
        if (step.Result is not Choice locality)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var topic = step.GetValue<string>("topic")!;
        var activity = step.Turn.Activity;
        await _store.SubscribeAsync(
            new Subscription(activity.Channel, activity.UserId, topic == AllTopics ? [] : [topic], locality.Value, _time.GetUtcNow()),
            cancellationToken);
        var topicName = topic == AllTopics ? "tất cả chủ đề" : _catalog.Content.FindTopic(topic)?.Title ?? topic;
        step.Turn.SendText($"Anh/Chị đã đăng ký nhận tin về {topicName} ({locality.Title}).\n\nGõ \"dừng nhận tin\" bất cứ lúc nào để hủy.");
        return await step.EndAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Send(_menu.With("Dạ, chưa đăng ký được. Anh/Chị có thể gõ \"đăng ký nhận tin\" để thử lại."));
        return step.EndAsync(null, cancellationToken);
    }
}
