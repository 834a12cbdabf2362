namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// This running instance among several (docs/operations.md, "Several instances"): the name it holds a lease under and
/// counts its people under in Redis. The machine and process make it readable in the database and in logs; the random
/// part keeps two instances in one process (tests) apart.
/// </summary>
public sealed class ServerInstance
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
