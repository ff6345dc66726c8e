namespace CdsBot.Dialogs.Flows.Privacy;

/// <summary>The privacy flow's buttons.</summary>
public static class PrivacyPayloads
{
    /// <summary>The privacy notice (the menu's "Quyền riêng tư" and the web page's link).</summary>
    public const string Notice = "PRIVACY";

    /// <summary>"Dữ liệu của tôi": what is kept about me.</summary>
    public const string MyData = "PRIVACY_DATA";

    /// <summary>"Xóa dữ liệu của tôi": asks for confirmation, then erases.</summary>
    public const string Erase = "PRIVACY_ERASE";
}
