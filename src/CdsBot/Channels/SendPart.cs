using System.Text.Json.Nodes;

namespace CdsBot.Channels;

/// <summary>One platform message of a reply, as a <see cref="ChannelSender{TResult}"/> sends it.</summary>
/// <param name="RecipientId">The citizen's id on the channel.</param>
/// <param name="Message">The message in the platform's wire format.</param>
/// <param name="Index">Its position among the reply's parts.</param>
/// <param name="Lane">The platform's sending lane (Zalo's "cs"/"promotion", Messenger's messaging_type).</param>
/// <param name="Reference">The outbox row's tag ("cdsbot:outbound:42"), for platforms that echo one back.</param>
public sealed record SendPart(string RecipientId, JsonObject Message, int Index, string Lane, string? Reference);
