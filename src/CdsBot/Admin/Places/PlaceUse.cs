namespace CdsBot.Admin.Places;

/// <summary>What names a place: items and documents of its own, citizens subscribed to its news, campaigns not yet done aimed at it.</summary>
public sealed record PlaceUse(int Items, int Documents, int Subscribers, int Campaigns)
{
    public static PlaceUse None { get; } = new(0, 0, 0, 0);

    public bool InUse => Items + Documents + Subscribers + Campaigns > 0;

    /// <summary>"3 mục hỏi đáp, 12 người đăng ký nhận tin", for a refusal.</summary>
    public string Describe() => string.Join(", ", new[]
    {
        (Items, "mục hỏi đáp"), (Documents, "văn bản"), (Subscribers, "người đăng ký nhận tin"), (Campaigns, "chiến dịch gửi tin chưa xong"),
    }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}"));
}
