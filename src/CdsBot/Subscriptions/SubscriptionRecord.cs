namespace CdsBot.Subscriptions;

/// <summary>A citizen's news subscription with its consent; Active turns false on unsubscribe or unfollow.</summary>
public sealed class SubscriptionRecord
{
    public required string Channel { get; set; }

    public required string UserId { get; set; }

    public List<string> Topics { get; set; } = [];

    public required string Locality { get; set; }

    public bool Active { get; set; }

    /// <summary>When and on which channel the citizen consented (the channel is <see cref="Channel"/>).</summary>
    public DateTimeOffset ConsentedAt { get; set; }

    /// <summary>The version of the wording consented under: the privacy notice's, <c>PrivacyPolicy.NoticeVersion</c>.</summary>
    public string? ConsentWording { get; set; }

    public DateTimeOffset? UnsubscribedAt { get; set; }

    /// <summary>"citizen" (asked to stop) or "unfollow".</summary>
    public string? UnsubscribeReason { get; set; }
}
