namespace CommunityChat.Core.Search;

/// <summary>A piece of a search result's snippet: plain text, marked when it is one of the words searched for.</summary>
public readonly record struct SnippetPart(string Text, bool Match);
