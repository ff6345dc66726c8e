using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Tests.Engine;

public sealed class NumberedChoiceTests
{
    private static readonly ConversationData Offered = new() { OfferedChoices = [new QuickReply("Một", "P1"), new QuickReply("Hai", "P2")] };

    private static InboundActivity Text(string text) => new() { Channel = "zalo", ConversationId = "c", UserId = "u", Text = text };

    [Theory]
    [InlineData("1", "P1")]
    [InlineData(" 2. ", "P2")]
    public void A_number_among_the_offered_choices_becomes_that_choices_payload(string typed, string payload) =>
        Assert.Equal(payload, NumberedChoice.Resolve(Text(typed), Offered).Payload);

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("2 người")]
    public void Anything_else_is_left_as_text(string typed) =>
        Assert.Null(NumberedChoice.Resolve(Text(typed), Offered).Payload);

    [Fact]
    public void Without_offered_choices_a_number_is_just_text() =>
        Assert.Null(NumberedChoice.Resolve(Text("1"), new ConversationData()).Payload);
}
