namespace CdsBot.Channels.WebChat;

/// <summary>Checks a <see cref="ChatRequest"/> field by field, naming every problem.</summary>
public static class ChatRequestValidator
{
    public static Dictionary<string, string[]> Validate(ChatRequest request, WebChatOptions limits)
    {
        var errors = new Dictionary<string, string[]>();
        RequireId(errors, "conversationId", request.ConversationId, limits.MaxIdLength);
        RequireId(errors, "userId", request.UserId, limits.MaxIdLength);

        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        var hasPayload = !string.IsNullOrWhiteSpace(request.Payload);
        if (!hasText && !hasPayload)
        {
            errors["text"] = ["Give a non-empty 'text' (what was typed) or 'payload' (the button pressed)."];
        }
        else if (hasText && hasPayload)
        {
            errors["payload"] = ["Give either 'text' or 'payload', not both."];
        }

        if (request.Text is { } text && text.Length > limits.MaxTextLength)
        {
            errors["text"] = [$"'text' is {text.Length} characters; at most {limits.MaxTextLength} are accepted."];
        }

        if (request.Payload is { } payload && payload.Length > limits.MaxPayloadLength)
        {
            errors["payload"] = [$"'payload' is {payload.Length} characters; at most {limits.MaxPayloadLength} are accepted."];
        }

        if (request.Label is { Length: > 200 } label)
        {
            errors["label"] = [$"'label' is {label.Length} characters; at most 200 are accepted."];
        }

        return errors;
    }

    private static void RequireId(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"'{field}' is required and may not be empty."];
        }
        else if (value.Length > maxLength)
        {
            errors[field] = [$"'{field}' is {value.Length} characters; at most {maxLength} are accepted."];
        }
    }
}
