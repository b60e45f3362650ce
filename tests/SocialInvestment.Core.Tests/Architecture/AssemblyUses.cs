using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace SocialInvestment.Tests.Architecture;

/// <summary>
/// What each type of an assembly uses of the assembly's own types, read from its metadata: base types and interfaces,
/// field and method signatures, local variables, and every type, method and field token in the method bodies (IL).
/// Constants are copied into the IL, so a use of a constant is not seen here; the source scan of the tests covers that.
/// </summary>
internal sealed class AssemblyUses
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly MetadataReader _reader;
    private readonly TypeCollector _types = new();

    private AssemblyUses(MetadataReader reader) => _reader = reader;

    /// <summary>One use: <see cref="User"/> (a type) refers to <see cref="Used"/> (a type, or a member as <c>Type.Member</c>).</summary>
    internal readonly record struct Use(string User, string UserNamespace, string Used, string UsedNamespace, bool UsedIsVisible)
    {
        public override string ToString() => $"{User} uses {Used}";
    }

    /// <summary>Every use of the assembly's own types and members by the assembly's types.</summary>
    internal static IReadOnlyList<Use> Of(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var uses = new AssemblyUses(pe.GetMetadataReader());
        return uses.All(pe);
    }

    private List<Use> All(PEReader pe)
    {
        var uses = new List<Use>();
        foreach (TypeDefinitionHandle typeHandle in _reader.TypeDefinitions)
        {
            TypeDefinition type = _reader.GetTypeDefinition(typeHandle);
            string user = Name(typeHandle);
            string userNamespace = Namespace(typeHandle);
            void Add(IEnumerable<(string Name, string Namespace, bool Visible)> used)
            {
                foreach ((string name, string ns, bool visible) in used)
                {
                    uses.Add(new Use(user, userNamespace, name, ns, visible));
                }
            }

            if (!type.BaseType.IsNil)
            {
                Add(FromToken(type.BaseType));
            }

            foreach (InterfaceImplementationHandle implementation in type.GetInterfaceImplementations())
            {
                Add(FromToken(_reader.GetInterfaceImplementation(implementation).Interface));
            }

            foreach (FieldDefinitionHandle field in type.GetFields())
            {
                Add(Types(_reader.GetFieldDefinition(field).DecodeSignature(_types, null)));
            }

            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                MethodDefinition method = _reader.GetMethodDefinition(methodHandle);
                MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature = method.DecodeSignature(_types, null);
                Add(Types(signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(p => p))));
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                MethodBodyBlock body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                {
                    StandaloneSignature locals = _reader.GetStandaloneSignature(body.LocalSignature);
                    Add(Types([.. locals.DecodeLocalSignature(_types, null).SelectMany(l => l)]));
                }

                foreach (EntityHandle token in Tokens(body.GetILReader()))
                {
                    Add(FromToken(token));
                }
            }
        }

        return uses;
    }

    /// <summary>The type, method and field tokens of a method body.</summary>
    private static List<EntityHandle> Tokens(BlobReader il)
    {
        var tokens = new List<EntityHandle>();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (OperandTypes[code])
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    tokens.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    il.Offset += il.ReadInt32() * 4;
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        return tokens;
    }

    private IEnumerable<(string, string, bool)> FromToken(EntityHandle token)
    {
        switch (token.Kind)
        {
            case HandleKind.TypeDefinition:
                return Types([(TypeDefinitionHandle)token]);
            case HandleKind.TypeSpecification:
                return Types(_reader.GetTypeSpecification((TypeSpecificationHandle)token).DecodeSignature(_types, null));
            case HandleKind.FieldDefinition:
            {
                FieldDefinition field = _reader.GetFieldDefinition((FieldDefinitionHandle)token);
                FieldAttributes access = field.Attributes & FieldAttributes.FieldAccessMask;
                bool visible = access is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem;
                return [Member(field.GetDeclaringType(), _reader.GetString(field.Name), visible)];
            }

            case HandleKind.MethodDefinition:
            {
                MethodDefinition method = _reader.GetMethodDefinition((MethodDefinitionHandle)token);
                return [Member(method.GetDeclaringType(), _reader.GetString(method.Name), IsVisible(method))];
            }

            case HandleKind.MethodSpecification:
            {
                MethodSpecification specification = _reader.GetMethodSpecification((MethodSpecificationHandle)token);
                return FromToken(specification.Method).Concat(Types([.. specification.DecodeSignature(_types, null).SelectMany(t => t)]));
            }

            case HandleKind.MemberReference:
                return FromMemberReference(_reader.GetMemberReference((MemberReferenceHandle)token));
            default:
                return [];
        }
    }

    /// <summary>A member of a generic type of the assembly (<c>Chunks&lt;T&gt;.Run</c>): its type and the members of that name.</summary>
    private IEnumerable<(string, string, bool)> FromMemberReference(MemberReference reference)
    {
        if (reference.Parent.Kind != HandleKind.TypeSpecification)
        {
            return [];
        }

        TypeSpecification parent = _reader.GetTypeSpecification((TypeSpecificationHandle)reference.Parent);
        ImmutableArray<TypeDefinitionHandle> types = parent.DecodeSignature(_types, null);
        TypeDefinitionHandle declaringHandle = parent.DecodeSignature(DeclaringTypeProvider.Instance, null);
        if (declaringHandle.IsNil)
        {
            // A member of another assembly's type (List<Trigger>.Add): only the type arguments are this assembly's.
            return Types(types);
        }

        TypeDefinition declaring = _reader.GetTypeDefinition(declaringHandle);
        string name = _reader.GetString(reference.Name);
        bool visible = declaring.GetMethods().Select(_reader.GetMethodDefinition).Where(m => _reader.GetString(m.Name) == name).All(IsVisible)
            && declaring.GetFields().Select(_reader.GetFieldDefinition).Where(f => _reader.GetString(f.Name) == name)
                .All(f => (f.Attributes & FieldAttributes.FieldAccessMask) is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem);
        return Types(types).Append(Member(declaringHandle, name, visible));
    }

    private static bool IsVisible(MethodDefinition method) =>
        (method.Attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private (string, string, bool) Member(TypeDefinitionHandle type, string name, bool visible) =>
        ($"{Name(type)}.{name}", Namespace(type), visible && IsVisible(type));

    private IEnumerable<(string, string, bool)> Types(ImmutableArray<TypeDefinitionHandle> types) =>
        types.Select(t => (Name(t), Namespace(t), IsVisible(t)));

    /// <summary>Whether code outside the assembly can name the type: public, and nested only in public types.</summary>
    private bool IsVisible(TypeDefinitionHandle handle)
    {
        TypeDefinition type = _reader.GetTypeDefinition(handle);
        TypeAttributes visibility = type.Attributes & TypeAttributes.VisibilityMask;
        return visibility switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem => IsVisible(type.GetDeclaringType()),
            _ => false,
        };
    }

    private string Name(TypeDefinitionHandle handle)
    {
        TypeDefinition type = _reader.GetTypeDefinition(handle);
        string name = _reader.GetString(type.Name);
        return type.GetDeclaringType() is { IsNil: false } declaring
            ? $"{Name(declaring)}+{name}"
            : _reader.GetString(type.Namespace) is { Length: > 0 } ns ? $"{ns}.{name}" : name;
    }

    /// <summary>The namespace of the type, or of the outermost type it is nested in.</summary>
    private string Namespace(TypeDefinitionHandle handle)
    {
        TypeDefinition type = _reader.GetTypeDefinition(handle);
        return type.GetDeclaringType() is { IsNil: false } declaring ? Namespace(declaring) : _reader.GetString(type.Namespace);
    }

    /// <summary>The assembly's own types that a signature names; types of other assemblies and type parameters are left out.</summary>
    private sealed class TypeCollector : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
    {
        public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) =>
            signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(p => p));

        public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments) =>
            genericType.AddRange(typeArguments.SelectMany(a => a));

        public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }

    /// <summary>The type of the assembly whose instantiation a type specification is (<c>Chunks&lt;int&gt;</c>: <c>Chunks&lt;T&gt;</c>); nil for others.</summary>
    private sealed class DeclaringTypeProvider : ISignatureTypeProvider<TypeDefinitionHandle, object?>
    {
        internal static readonly DeclaringTypeProvider Instance = new();

        public TypeDefinitionHandle GetArrayType(TypeDefinitionHandle elementType, ArrayShape shape) => default;

        public TypeDefinitionHandle GetByReferenceType(TypeDefinitionHandle elementType) => default;

        public TypeDefinitionHandle GetFunctionPointerType(MethodSignature<TypeDefinitionHandle> signature) => default;

        public TypeDefinitionHandle GetGenericInstantiation(TypeDefinitionHandle genericType, ImmutableArray<TypeDefinitionHandle> typeArguments) => genericType;

        public TypeDefinitionHandle GetGenericMethodParameter(object? genericContext, int index) => default;

        public TypeDefinitionHandle GetGenericTypeParameter(object? genericContext, int index) => default;

        public TypeDefinitionHandle GetModifiedType(TypeDefinitionHandle modifier, TypeDefinitionHandle unmodifiedType, bool isRequired) => unmodifiedType;

        public TypeDefinitionHandle GetPinnedType(TypeDefinitionHandle elementType) => default;

        public TypeDefinitionHandle GetPointerType(TypeDefinitionHandle elementType) => default;

        public TypeDefinitionHandle GetPrimitiveType(PrimitiveTypeCode typeCode) => default;

        public TypeDefinitionHandle GetSZArrayType(TypeDefinitionHandle elementType) => default;

        public TypeDefinitionHandle GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => handle;

        public TypeDefinitionHandle GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => default;

        public TypeDefinitionHandle GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
