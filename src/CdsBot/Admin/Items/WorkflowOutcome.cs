namespace CdsBot.Admin.Items;

/// <summary>What a workflow step did: the value, or why not (not found, conflict with the workflow, invalid input).</summary>
public sealed record WorkflowOutcome<T>(T? Value, int Status, string? Problem, Dictionary<string, string[]>? Errors)
{
    public static WorkflowOutcome<T> Ok(T value) => new(value, StatusCodes.Status200OK, null, null);

    public static WorkflowOutcome<T> NotFound(string? why = null) => new(default, StatusCodes.Status404NotFound, why, null);

    public static WorkflowOutcome<T> Conflict(string why) => new(default, StatusCodes.Status409Conflict, why, null);

    public static WorkflowOutcome<T> Invalid(Dictionary<string, string[]> errors) => new(default, StatusCodes.Status400BadRequest, null, errors);

    public static WorkflowOutcome<T> Invalid(string field, string why) => Invalid(new Dictionary<string, string[]> { [field] = [why] });

    public IResult ToResult() => Status switch
    {
        StatusCodes.Status200OK => TypedResults.Ok(Value),
        StatusCodes.Status400BadRequest => TypedResults.ValidationProblem(Errors!),
        _ => TypedResults.Problem(Problem, statusCode: Status),
    };
}
