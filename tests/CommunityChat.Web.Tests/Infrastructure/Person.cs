namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>A signed-up account with its personal access token and an HTTP client that sends it.</summary>
public sealed record Person(string Handle, string Token, HttpClient Http);
