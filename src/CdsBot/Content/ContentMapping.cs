using System.Text.Json;
using CdsBot.Content.Records;
using CdsBot.Dialogs.Content;

namespace CdsBot.Content;

/// <summary>Converts between the content model and its database records.</summary>
internal static class ContentMapping
{
    public static FaqItem ToModel(this FaqItemRecord r) => new()
    {
        Id = r.Id,
        Topic = r.Topic,
        Locality = r.Locality,
        Question = r.Question,
        Variants = r.Variants,
        Answer = r.Answer,
        Sources = r.Sources,
        Links = JsonSerializer.Deserialize<List<ContentLink>>(r.LinksJson, JsonSerializerOptions.Web) ?? [],
        FollowUps = r.FollowUps,
        Tags = r.Tags,
        // Only "published" is answered; "draft" (never published) and "unpublished" are not.
        Status = r.Status == "published" ? ContentStatus.Published : ContentStatus.Draft,
        ValidFrom = r.ValidFrom,
        ValidTo = r.ValidTo,
        Series = r.Series,
        PeriodFrom = r.PeriodFrom,
        PeriodTo = r.PeriodTo,
        Verbatim = r.Verbatim,
    };

    public static FaqItemRecord ToRecord(this FaqItem i, int version, string by, DateTimeOffset at) => new()
    {
        Id = i.Id,
        Topic = i.Topic,
        Locality = i.Locality,
        Question = i.Question,
        Variants = [.. i.Variants],
        Answer = i.Answer,
        Sources = [.. i.Sources],
        LinksJson = JsonSerializer.Serialize(i.Links, JsonSerializerOptions.Web),
        FollowUps = [.. i.FollowUps],
        Tags = [.. i.Tags],
        Status = i.Status == ContentStatus.Draft ? "draft" : "published",
        ValidFrom = i.ValidFrom,
        ValidTo = i.ValidTo,
        Series = i.Series,
        PeriodFrom = i.PeriodFrom,
        PeriodTo = i.PeriodTo,
        Verbatim = i.Verbatim,
        Version = version,
        UpdatedBy = by,
        UpdatedAt = at,
    };

    public static SourceDocument ToModel(this DocumentRecord r, DocumentTextRecord? text = null) => new()
    {
        Number = r.Number,
        Type = r.Type,
        Issuer = r.Issuer,
        SignedOn = r.SignedOn,
        Title = r.Title,
        Summary = r.Summary,
        KeyTargets = r.KeyTargets,
        Link = r.Link,
        Locality = r.Locality,
        Text = text?.Text,
    };

    /// <summary>The record of <paramref name="d"/>'s metadata; its text is stored apart (<see cref="DocumentTextRecord"/>).</summary>
    public static DocumentRecord ToRecord(this SourceDocument d) => new()
    {
        Number = d.Number,
        Type = d.Type,
        Issuer = d.Issuer,
        SignedOn = d.SignedOn,
        Title = d.Title,
        Summary = d.Summary,
        KeyTargets = [.. d.KeyTargets],
        Link = d.Link,
        Locality = d.Locality,
    };

    /// <summary>Whether two items say the same thing (a re-import of an unchanged item keeps its version).</summary>
    public static bool SameAs(this FaqItemRecord stored, FaqItemRecord incoming) =>
        JsonSerializer.Serialize(stored.ToModel()) == JsonSerializer.Serialize(incoming.ToModel());
}
