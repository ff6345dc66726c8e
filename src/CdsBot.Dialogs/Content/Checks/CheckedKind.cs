namespace CdsBot.Dialogs.Content.Checks;

/// <summary>What a finding or an exception is about: an FAQ item, a step-by-step guide or a lesson.</summary>
public static class CheckedKind
{
    /// <summary>An FAQ item (<c>faq/*.yaml</c>).</summary>
    public const string Item = "item";

    /// <summary>A step-by-step guide (<c>guides/*.yaml</c>).</summary>
    public const string Guide = "guide";

    /// <summary>A digital-skills lesson (<c>lessons/*.yaml</c>).</summary>
    public const string Lesson = "lesson";
}
