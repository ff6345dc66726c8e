namespace CdsBot.Dialogs.Flows.Guides;

/// <summary>The payloads of the guide flow's buttons.</summary>
public static class GuidePayloads
{
    /// <summary>List the guides.</summary>
    public const string List = "GUIDES";

    /// <summary>Prefix of "start this guide": "GUIDE:kich-hoat-vneid-muc-2".</summary>
    public const string StartPrefix = "GUIDE:";

    /// <summary>The next step.</summary>
    public const string Next = "GUIDE_NEXT";

    /// <summary>The step before.</summary>
    public const string Back = "GUIDE_BACK";

    /// <summary>Leave the guide (it can be resumed).</summary>
    public const string Exit = "GUIDE_EXIT";

    /// <summary>Prefix of a branch's answer: "GUIDE_GO:step-id".</summary>
    public const string GoPrefix = "GUIDE_GO:";

    /// <summary>The payload that starts <paramref name="guideId"/>.</summary>
    public static string Start(string guideId) => StartPrefix + guideId;
}
