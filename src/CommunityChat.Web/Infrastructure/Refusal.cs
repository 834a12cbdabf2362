namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// A request the rules refuse. <see cref="Exception.Message"/> is the localised sentence to show the user:
/// the API turns it into a problem details <c>detail</c>, the hub into a <c>HubException</c>.
/// </summary>
public sealed class Refusal : Exception
{
    public Refusal(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public Refusal()
    {
    }

    public Refusal(string message)
        : base(message)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public Refusal(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public int Status { get; } = StatusCodes.Status400BadRequest;

    public static Refusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static Refusal Unauthorized(string message) => new(StatusCodes.Status401Unauthorized, message);

    public static Refusal Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);

    public static Refusal NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static Refusal Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    public static Refusal TooManyRequests(string message) => new(StatusCodes.Status429TooManyRequests, message);
}
