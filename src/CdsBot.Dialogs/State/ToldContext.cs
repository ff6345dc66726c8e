namespace CdsBot.Dialogs.State;

/// <summary>
/// What the citizen told in a message that asked nothing and that no item answered ("tuần trước em nộp hồ sơ trên cổng
/// dịch vụ công"), so the question that follows ("giờ muốn xem tới đâu rồi thì coi ở đâu") can be read with it.
/// </summary>
/// <param name="Text">The message as typed.</param>
/// <param name="At">When it was told.</param>
public sealed record ToldContext(string Text, DateTimeOffset At);
