namespace CdsBot.Dialogs.Activities;

/// <summary>The kind of media a citizen sent; the core only needs to know it was not text.</summary>
public enum AttachmentKind
{
    /// <summary>A photo.</summary>
    Image,
    /// <summary>An animated image.</summary>
    Gif,
    /// <summary>A sticker.</summary>
    Sticker,
    /// <summary>A voice message or audio file.</summary>
    Audio,
    /// <summary>A video.</summary>
    Video,
    /// <summary>Any other file.</summary>
    File,
    /// <summary>A shared location.</summary>
    Location,
    /// <summary>A shared link.</summary>
    Link,
    /// <summary>A shared contact or business card.</summary>
    Contact,
    /// <summary>Anything the channel adapter did not recognise.</summary>
    Other,
}
