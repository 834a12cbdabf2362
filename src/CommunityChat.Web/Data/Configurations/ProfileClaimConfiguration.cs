using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class ProfileClaimConfiguration : IEntityTypeConfiguration<ProfileClaim>
{
    public void Configure(EntityTypeBuilder<ProfileClaim> builder)
    {
        builder.HasIndex(c => new { c.ProfileId, c.Status });
        builder.HasIndex(c => c.ClaimantId);
        // A confirmed claim deletes its profile; the claim's history goes with it.
        builder.HasOne(c => c.Profile).WithMany().HasForeignKey(c => c.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Claimant).WithMany().HasForeignKey(c => c.ClaimantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.DecidedById).OnDelete(DeleteBehavior.SetNull);
    }
}
