namespace CommunityChat.Web.Tests.Live;

/// <summary>The sequence rules on a real PostgreSQL server, where concurrent posters queue on the chat's row lock.</summary>
public sealed class PostgresSequenceTests(PostgresServer postgres) : SequenceTests, IClassFixture<PostgresServer>
{
    protected override async Task<TestApp> StartAppAsync() => TestApp.Start(new Dictionary<string, string?>
    {
        ["CommunityChat:Database:Provider"] = "Postgres",
        ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
    });
}
