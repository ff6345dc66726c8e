namespace CdsBot.Dialogs.Engine;

/// <summary>The dialogs one context can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds a dialog. Ids are unique: a second dialog with the same id is a programming error.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException(
                $"A dialog with id '{dialog.Id}' is already in this set; give each dialog a unique id.");
        }

        return this;
    }

    /// <summary>The dialog with <paramref name="id"/>, or null.</summary>
    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
