using CdsBot.Dialogs.Activities;

namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks a question and waits for an answer of type <typeparamref name="T"/>. The base class owns asking,
/// retrying, counting attempts and validation; a prompt type only says how to recognize its answer.
/// A prompt that gets no acceptable answer after <see cref="PromptOptions.MaxAttempts"/> ends with null.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException(
            $"Prompt '{Id}' must be begun with a {nameof(PromptOptions)}.", nameof(options));
        dc.ActiveDialog!.SetState(new PromptState { Options = promptOptions });
        dc.Turn.Send(Render(promptOptions, promptOptions.Prompt));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.Activity.Kind != ActivityKind.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var state = instance.GetState<PromptState>();
        var options = state.Options!;
        state.Attempts++;
        instance.SetState(state);

        var recognized = Recognize(dc.Turn, options);
        var accepted = recognized.Succeeded;
        if (validator is not null)
        {
            accepted = await validator(new PromptValidatorContext<T>(dc.Turn, recognized, options, state.Attempts), cancellationToken);
        }

        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (state.Attempts >= options.MaxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        dc.Turn.Send(RenderRetry(dc.Turn, options));
        return DialogTurnResult.Waiting;
    }

    /// <summary>Builds the message that asks again after an answer that was not accepted; by default the retry text with the choices.</summary>
    protected virtual OutboundActivity RenderRetry(TurnContext turn, PromptOptions options) => Render(options, options.RetryPrompt ?? options.Prompt);

    /// <summary>A dialog begun on top of this prompt ended: the question is still open, so it is asked again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc.Turn, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override Task RepromptAsync(TurnContext turn, DialogInstance instance, CancellationToken cancellationToken)
    {
        var options = instance.GetState<PromptState>().Options!;
        turn.Send(Render(options, options.Prompt));
        return Task.CompletedTask;
    }

    /// <summary>Builds the message that asks; by default the text with the choices as quick replies.</summary>
    protected virtual OutboundActivity Render(PromptOptions options, string text) => new()
    {
        Text = text,
        QuickReplies = [.. options.Choices.Select(c => new QuickReply(c.Title, c.Value))],
    };

    /// <summary>Recognizes the answer in the turn's activity.</summary>
    protected abstract PromptRecognition<T> Recognize(TurnContext turn, PromptOptions options);
}
