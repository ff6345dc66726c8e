namespace CdsBot.Dialogs.Content;

/// <summary>Where an item stands in the editorial workflow; only published items are answered.</summary>
public enum ContentStatus
{
    /// <summary>Being written; never answered to citizens.</summary>
    Draft,

    /// <summary>Approved and answered.</summary>
    Published,
}
