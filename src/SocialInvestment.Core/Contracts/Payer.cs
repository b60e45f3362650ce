namespace SocialInvestment;

/// <summary>An outcome payer and its share of every line (docs/calculation.md, "Several payers"): a commissioner, or a fund topping up.</summary>
public sealed class Payer
{
    /// <summary>Creates a payer.</summary>
    /// <param name="id">The payer's id (the rule of participant ids), written to payers.csv.</param>
    /// <param name="share">Its share of every line; the shares of a contract's payers sum to exactly 1.</param>
    /// <exception cref="ArgumentException">The id is not valid.</exception>
    public Payer(string id, Share share)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(id), nameof(id), "A payer id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        Id = id;
        Share = share;
    }

    /// <summary>The payer's id.</summary>
    public string Id { get; }

    /// <summary>Its share of every line.</summary>
    public Share Share { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id} ({Share.Value})");
}
