namespace CommunityChat.Web.Resources;

/// <summary>The one resource set for every user-visible string; keys are the English text.</summary>
public sealed class SharedResource;
