namespace CdsBot.Dialogs.State;

/// <summary>The one place that builds storage keys, so every store and every reader agree on them.</summary>
public static class StateKeys
{
    /// <summary>The key of a conversation's state, e.g. "zalo/conversations/123".</summary>
    public static string Conversation(string channel, string conversationId) => $"{channel}/conversations/{conversationId}";

    /// <summary>The key of a user's state, e.g. "zalo/users/123".</summary>
    public static string User(string channel, string userId) => $"{channel}/users/{userId}";
}
