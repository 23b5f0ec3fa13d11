import { interpolationOnly, unwrapInterpolationOnly } from "../lib/private/hcl-interpolation";

describe("interpolation-only values in HCL output (terraform fmt unwraps them)", () => {
  it("given one interpolation and nothing else, then the expression is returned", () => {
    expect(interpolationOnly('"${aws_vpc.x.id}"')).toBe("aws_vpc.x.id");
    expect(interpolationOnly('"${jsonencode([{ "name" = "app", "image" = "${aws_ecr_repository.r.repository_url}@sha256:ab" }])}"')).toBe(
      'jsonencode([{ "name" = "app", "image" = "${aws_ecr_repository.r.repository_url}@sha256:ab" }])',
    );
    expect(interpolationOnly('"${{ a = 1 }}"')).toBe("{ a = 1 }");
  });

  it("given literal text, two interpolations or a plain string, then it is not unwrappable", () => {
    expect(interpolationOnly('"${a}-${b}"')).toBeUndefined();
    expect(interpolationOnly('"${a}${b}"')).toBeUndefined();
    expect(interpolationOnly('"arn:${a}"')).toBeUndefined();
    expect(interpolationOnly('"plain"')).toBeUndefined();
    expect(interpolationOnly('"${a}" # comment')).toBeUndefined();
  });

  it("given a block, then only its attributes' whole values are unwrapped, never keys inside an object or a heredoc", () => {
    const hcl = [
      'resource "aws_subnet" "a" {',
      '  vpc_id = "${aws_vpc.x.id}"',
      '  name   = "${var.a}-${var.b}"',
      "  tags = {",
      '    Name = "${var.name}"',
      "  }",
      "  policy = <<EOF",
      'x = "${var.y}"',
      "EOF",
      "  nested {",
      '    arn = "${aws_kms_key.k.arn}"',
      "  }",
      "}",
    ].join("\n");
    expect(unwrapInterpolationOnly(hcl).split("\n")).toEqual([
      'resource "aws_subnet" "a" {',
      "  vpc_id = aws_vpc.x.id",
      '  name   = "${var.a}-${var.b}"',
      "  tags = {",
      '    Name = "${var.name}"',
      "  }",
      "  policy = <<EOF",
      'x = "${var.y}"',
      "EOF",
      "  nested {",
      "    arn = aws_kms_key.k.arn",
      "  }",
      "}",
    ]);
  });
});
