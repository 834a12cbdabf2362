namespace CommunityChat.Browser.Tests;

/// <summary>An account made through the API, with its password (to sign in through the page) and a bearer token.</summary>
public sealed record Person(string Handle, string DisplayName, string Password, string Token);
