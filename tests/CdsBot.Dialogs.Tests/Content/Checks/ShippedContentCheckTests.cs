using CdsBot.Dialogs.Content.Checks;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Content.Checks;

/// <summary>The content this repository ships passes <c>content check</c>: each finding is fixed or a reviewed exception.</summary>
public sealed class ShippedContentCheckTests
{
    private static readonly Lazy<ContentCheckReport> Report = new(() => ContentCheck.CheckFolder(Path.Combine(ShippedContent.RepositoryRoot(), "content")));

    [Fact]
    public void Every_finding_is_fixed_or_listed_as_an_exception() =>
        Assert.True(Report.Value.IsClean, string.Join("\n", Report.Value.Findings.Select(f => f.ToString()).Concat(Report.Value.Errors.Select(e => e.ToString()))));

    [Fact]
    public void No_exception_is_left_over() =>
        Assert.Empty(Report.Value.Unused.Select(u => $"{u.Item}: {u.Fact}"));

    [Fact]
    public void Every_exception_gives_a_reason_a_reviewer_can_follow() =>
        Assert.All(Report.Value.Accepted, a => Assert.True(a.Exception.Reason.Length >= 20, $"{a.Exception.Item}: «{a.Exception.Reason}»"));
}
