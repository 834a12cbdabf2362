namespace CommunityChat.Core.Search;

/// <summary>
/// A word of text as search sees it: where it stands in the original text and its folded form. A run of Chinese,
/// Japanese or Korean characters is one token marked <see cref="Unspaced"/>: it holds many words without spaces.
/// </summary>
public readonly record struct SearchToken(int Start, int Length, string Folded, bool Unspaced);
