using System.Security.Cryptography;
using System.Text;

namespace CdsBot.Privacy;

/// <summary>One citizen as a channel knows them, and the conversations of theirs to erase with them.</summary>
public sealed record CitizenIdentity(string Channel, string UserId, IReadOnlyList<string> ConversationIds)
{
    /// <summary>A stand-in that names no one, for the audit log: the same citizen always gets the same one.</summary>
    public string Pseudonym => $"{Channel}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Channel + "\n" + UserId)))[..16]}";
}
