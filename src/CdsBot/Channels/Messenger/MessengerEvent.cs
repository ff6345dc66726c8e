using System.Text.Json.Nodes;

namespace CdsBot.Channels.Messenger;

/// <summary>One item of an entry's messaging[] or standby[] list, with what the bot needs to route it.</summary>
/// <param name="Kind">message, echo, postback, referral, optin, read, delivery, or other.</param>
/// <param name="SenderId">The person's page-scoped id (PSID).</param>
/// <param name="DeduplicationKey">The mid, or for events without one a key built from their content.</param>
/// <param name="Json">The item as delivered.</param>
public sealed record MessengerEvent(string Kind, string SenderId, string DeduplicationKey, JsonObject Json)
{
    /// <summary>Whether the bot answers it; echoes, reads and deliveries are bookkeeping only.</summary>
    public bool NeedsTurn => Kind is "message" or "postback" or "referral" or "optin";

    /// <summary>Delivery and read receipts: stored, recorded on campaign messages, never answered.</summary>
    public bool IsReceipt => Kind is "delivery" or "read";
}
