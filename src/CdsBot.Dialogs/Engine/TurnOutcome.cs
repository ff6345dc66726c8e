using CdsBot.Dialogs.Activities;

namespace CdsBot.Dialogs.Engine;

/// <summary>What one turn produced, after its state was saved.</summary>
/// <param name="Replies">The messages to deliver, in order.</param>
/// <param name="Trace">What the bot decided.</param>
public sealed record TurnOutcome(IReadOnlyList<OutboundActivity> Replies, TurnTrace Trace);
