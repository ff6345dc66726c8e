using System.Text.Json;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CdsBot.Dialogs.Engine;

/// <summary>
/// Runs one turn: loads the conversation's and the citizen's state, hands the activity to the dialog
/// stack (beginning the root dialog when the stack is empty), and saves both states atomically. A turn
/// that loses an optimistic-concurrency race is run again from freshly read state, so no update is lost
/// and no reply of the losing attempt escapes.
/// </summary>
public sealed class TurnRunner
{
    private readonly Dialog _root;
    private readonly DialogSet _dialogs;
    private readonly IStateStore _store;
    private readonly ConversationGate _gate;
    private readonly TimeProvider _time;
    private readonly ILogger<TurnRunner> _logger;

    /// <summary>Creates a runner for the dialog tree under <paramref name="root"/>.</summary>
    public TurnRunner(Dialog root, IStateStore store, ConversationGate gate, TimeProvider? time = null, ILogger<TurnRunner>? logger = null)
    {
        _root = root;
        _dialogs = new DialogSet().Add(root);
        _store = store;
        _gate = gate;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<TurnRunner>.Instance;
    }

    /// <summary>What the citizen is told when their stored conversation named a dialog that no longer exists.</summary>
    public const string DefaultResetNotice =
        "Xin lỗi Anh/Chị, bước trò chuyện trước đó không còn nữa nên em xin bắt đầu lại từ đầu.";

    /// <summary>The notice sent before a stack naming an unknown dialog is reset to the root.</summary>
    public string ResetNotice { get; init; } = DefaultResetNotice;

    /// <summary>How many times a turn is run before a persistent conflict is reported.</summary>
    public int MaxAttempts { get; init; } = 12;

    /// <summary>Runs the turn for <paramref name="activity"/> and returns the replies to deliver.</summary>
    public Task<TurnOutcome> RunAsync(InboundActivity activity, CancellationToken cancellationToken) =>
        RunAsync(activity, null, cancellationToken);

    /// <summary>Runs the turn and saves it through <paramref name="commit"/> (the state store when null).</summary>
    public async Task<TurnOutcome> RunAsync(InboundActivity activity, ITurnCommit? commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationKey = StateKeys.Conversation(activity.Channel, activity.ConversationId);
        var userKey = StateKeys.User(activity.Channel, activity.UserId);
        using var turnLock = await _gate.EnterAsync(conversationKey, cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            var entries = await _store.ReadAsync([conversationKey, userKey], cancellationToken);
            var conversation = Load<ConversationData>(entries, conversationKey);
            var user = Load<UserProfile>(entries, userKey);
            var turn = new TurnContext(NumberedChoice.Resolve(activity, conversation), conversation, user);
            RecordArrival(turn);
            try
            {
                await RunDialogsAsync(turn, cancellationToken);
            }
            catch (UnknownDialogException unknown)
            {
                // A renamed or removed dialog must not lock the citizen out (not even of "hủy"): start the
                // conversation's dialogs afresh, say so, and answer this message from the root.
                _logger.LogWarning("Conversation {Key} was in dialog '{DialogId}', which no longer exists; its stack was reset to the root",
                    conversationKey, unknown.DialogId);
                conversation.DialogStack.Clear();
                turn = new TurnContext(turn.Activity, conversation, user);
                turn.SendText(ResetNotice);
                await RunDialogsAsync(turn, cancellationToken);
            }

            NumberedChoice.Remember(turn);
            var outcome = new TurnOutcome(turn.Replies, turn.Trace);
            StateWrite[] writes =
            [
                new StateWrite(conversationKey, JsonSerializer.Serialize(conversation, StateJson.Options), entries.GetValueOrDefault(conversationKey)?.ETag),
                new StateWrite(userKey, JsonSerializer.Serialize(user, StateJson.Options), entries.GetValueOrDefault(userKey)?.ETag),
            ];
            try
            {
                if (commit is null)
                {
                    await _store.WriteAsync(writes, cancellationToken);
                }
                else
                {
                    await commit.CommitAsync(writes, outcome, cancellationToken);
                }

                return outcome;
            }
            catch (StateConflictException conflict) when (attempt < MaxAttempts)
            {
                _logger.LogDebug("Turn for {Key} lost a state race (attempt {Attempt}); running it again", conflict.Key, attempt);
                // Real milliseconds apart, whatever clock the turns are dated by (a test's stopped clock must not stall a
                // retry), with a random backoff that doubles: many turns of one citizen racing on one user row (two tabs,
                // two instances) spread out instead of colliding again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Min(1000, 10 << attempt))), cancellationToken);
            }
        }
    }

    private async Task RunDialogsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(_dialogs, turn, turn.Conversation.DialogStack);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
        }
    }

    private void RecordArrival(TurnContext turn)
    {
        var now = _time.GetUtcNow();
        turn.Conversation.TurnCount++;
        turn.Conversation.LastTurnAt = now;
        if (turn.Activity.Kind == ActivityKind.Message)
        {
            turn.User.MessageCount++;
            turn.User.LastSeenAt = now;
        }

        turn.User.FirstSeenAt ??= now;
        if (!string.IsNullOrWhiteSpace(turn.Activity.UserName))
        {
            turn.User.DisplayName = turn.Activity.UserName;
        }
    }

    private T Load<T>(IReadOnlyDictionary<string, StateEntry> entries, string key) where T : new()
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            return new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(entry.Json, StateJson.Options) ?? new T();
        }
        catch (JsonException ex)
        {
            // A document this version cannot read must not lock the citizen out forever: start afresh
            // (the write still names the old ETag, so a concurrent writer is not overwritten blindly).
            _logger.LogWarning(ex, "State {Key} could not be read; starting it afresh", key);
            return new T();
        }
    }
}
