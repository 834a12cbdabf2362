namespace CommunityChat.Core.Imports;

/// <summary>
/// A question of the imported chat. <paramref name="Text"/> is the Qn tweet's text without its label and without the
/// chat's hashtag; <paramref name="Missing"/> marks a number answers refer to whose tweet is not in the record (Text "").
/// </summary>
public sealed record ImportedQuestion(int Number, string Text, bool Missing);
