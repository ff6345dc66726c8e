namespace CdsBot.Admin.Staff;

/// <summary>
/// Staff roles, each including the ones before it: an editor writes drafts; a publisher also approves, publishes and
/// runs broadcasts; an admin also manages staff and settings.
/// </summary>
public static class StaffRoles
{
    public const string Editor = "editor";
    public const string Publisher = "publisher";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Publisher, Admin];

    /// <summary>The roles a staff member of <paramref name="role"/> holds.</summary>
    public static IReadOnlyList<string> Granted(string role) => role switch
    {
        Admin => [Editor, Publisher, Admin],
        Publisher => [Editor, Publisher],
        Editor => [Editor],
        _ => [],
    };

    public static bool IsValid(string role) => All.Contains(role);
}
