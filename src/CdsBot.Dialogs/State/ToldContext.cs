namespace CdsBot.Dialogs.State;

/// <summary>
/// What the citizen told in a message that asked nothing and that no item answered ("hợp tác xã em có sản phẩm OCOP 3
/// sao"), so the question that follows ("giờ muốn đưa lên mạng bán thì sao") can be read with it.
/// </summary>
/// <param name="Text">The message as typed.</param>
/// <param name="At">When it was told.</param>
public sealed record ToldContext(string Text, DateTimeOffset At);
