using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class ProfileClaimConfiguration : IEntityTypeConfiguration<ProfileClaim>
{
    public void Configure(EntityTypeBuilder<ProfileClaim> builder)
    {
        builder.HasIndex(c => new { c.ProfileId, c.Status });
        builder.HasIndex(c => c.ClaimantId);
        builder.Property(c => c.ProfileHandle).HasMaxLength(15);
        // A confirmed claim merges its profile away; the claims keep its handle and who decided.
        builder.HasOne(c => c.Profile).WithMany().HasForeignKey(c => c.ProfileId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Claimant).WithMany().HasForeignKey(c => c.ClaimantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.DecidedById).OnDelete(DeleteBehavior.SetNull);
    }
}
