namespace CdsBot.Inbox;

/// <summary>The event was completed by another worker while this one ran its turn; this turn's result is dropped.</summary>
public sealed class EventAlreadyProcessedException(long eventId)
    : Exception($"Inbox event {eventId} was already processed by another worker; this attempt's turn was not saved.");
