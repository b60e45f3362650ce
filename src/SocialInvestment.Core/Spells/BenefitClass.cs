namespace SocialInvestment;

/// <summary>How a contract treats a benefit code (SPEC §3).</summary>
public enum BenefitClass
{
    /// <summary>Public income support paid by the payer: it counts against self-support.</summary>
    Support,

    /// <summary>Education (for example SU): not support, and it counts toward education outcomes.</summary>
    Education,

    /// <summary>Neither: the spell is read and then ignored.</summary>
    Ignore,
}
