namespace CommunityChat.Web.Data;

/// <summary>Where an audience question stands (SPEC rule 22): waiting for votes, asked as a Qn, or dismissed.</summary>
public enum SuggestionStatus
{
    Open,
    Asked,
    Dismissed,
}
