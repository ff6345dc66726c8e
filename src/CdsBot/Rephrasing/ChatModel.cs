using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace CdsBot.Rephrasing;

/// <summary>One chat completion through the official SDK: Azure OpenAI, or any OpenAI-compatible server. The SDK's own
/// retries are off: timeouts, retries and the circuit breaker live in <see cref="LlmRephraser"/>'s pipeline.</summary>
public sealed class ChatModel
{
    private readonly ChatClient _chat;
    private readonly ChatCompletionOptions _completion;

    public ChatModel(IOptions<LlmOptions> options)
        : this(options.Value, TimeSpan.FromMilliseconds(Math.Max(options.Value.TimeoutMilliseconds * 2, 5000)))
    {
    }

    /// <summary>The same model with its own network timeout, for calls that may take longer than a rephrasing (drafting).</summary>
    internal ChatModel(LlmOptions llm, TimeSpan networkTimeout)
    {
        var credential = new ApiKeyCredential(string.IsNullOrEmpty(llm.ApiKey) ? "none" : llm.ApiKey);
        if (string.Equals(llm.Provider, "openai", StringComparison.OrdinalIgnoreCase))
        {
            var openAi = new OpenAIClientOptions { Endpoint = new Uri(llm.Endpoint), NetworkTimeout = networkTimeout, RetryPolicy = new ClientRetryPolicy(0) };
            _chat = new ChatClient(llm.Deployment, credential, openAi);
        }
        else
        {
            var azure = new AzureOpenAIClientOptions { NetworkTimeout = networkTimeout, RetryPolicy = new ClientRetryPolicy(0) };
            _chat = new AzureOpenAIClient(new Uri(llm.Endpoint), credential, azure).GetChatClient(llm.Deployment);
        }

        _completion = new ChatCompletionOptions { Temperature = llm.Temperature, MaxOutputTokenCount = llm.MaxOutputTokens };
    }

    /// <summary>The model's reply to <paramref name="system"/> and <paramref name="user"/>, or null when it gave no text.</summary>
    public async Task<string?> CompleteAsync(string system, string user, CancellationToken cancellationToken)
    {
        ChatMessage[] messages = [new SystemChatMessage(system), new UserChatMessage(user)];
        ChatCompletion completion = await _chat.CompleteChatAsync(messages, _completion, cancellationToken);
        return completion.Content.Count > 0 ? string.Concat(completion.Content.Select(p => p.Text)) : null;
    }
}
