/**
 * Translates the LaTeX subset found in final answers into mathjs syntax, which
 * mathjs then parses and evaluates. A small tokenizer, not string rewriting:
 * it knows argument structure (\frac{a}{b}, \sqrt[n]{x}, ^{...}, \sin x), makes
 * every multiplication explicit, and returns null on anything it does not
 * understand so the caller treats the answer as unparseable instead of guessing.
 *
 * LaTeX reads adjacent letters as a product ("xy" = x*y); so does this.
 * Variables are emitted as `v_<name>` so no user letter can collide with a
 * mathjs constant or function (phi, tau, gamma, ...); `e` is Euler's number.
 */

const FUNCTIONS: Readonly<Record<string, string>> = {
  sin: "sin", cos: "cos", tan: "tan", sec: "sec", csc: "csc", cot: "cot",
  arcsin: "asin", arccos: "acos", arctan: "atan", sinh: "sinh", cosh: "cosh", tanh: "tanh",
  ln: "log", log: "log", lg: "log10", exp: "exp",
};
const GREEK = new Set([
  "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa",
  "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
  "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Phi", "Psi", "Omega",
]);
const MULTI_ARG: Readonly<Record<string, string>> = { max: "max", min: "min", gcd: "gcd", lcm: "lcm" };
const OPERATORS: Readonly<Record<string, string>> = { cdot: "*", times: "*", ast: "*", div: "/", bmod: " mod " };

class Unsupported extends Error {}

/** mathjs source for `latex`, or null when it uses syntax outside the supported subset. */
export function latexToMathjs(latex: string): string | null {
  try {
    const t = new Translator(latex);
    const out = t.sequence(false);
    if (t.pos < latex.length) return null;
    return out.length === 0 ? null : out;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** Prefix marking a variable in the translated source; strip it for display. */
export const VAR_PREFIX = "v_";

class Translator {
  pos = 0;
  constructor(private readonly src: string) {}

  /** Operands and operators until end of input or (inGroup) a closing brace. */
  sequence(inGroup: boolean): string {
    let out = "";
    let prevOperand = false; // last emitted token ends an operand: the next operand needs a '*'
    const absStack: number[] = [];
    const emitOperand = (code: string) => {
      out += (prevOperand ? "*" : "") + code;
      prevOperand = true;
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === "}") {
        if (!inGroup) throw new Unsupported();
        return out;
      }
      if (c === " " || c === "\t" || c === "\n") {
        this.pos++;
        continue;
      }
      if (isDigit(c) || (c === "." && isDigit(this.src[this.pos + 1] ?? ""))) {
        if (prevOperand && /[\d.]$/.test(out)) throw new Unsupported(); // "2 3": ambiguous
        const num = this.number();
        const special = prevOperand ? null : (this.mixedFraction(num) ?? this.repeatingDecimal(num));
        emitOperand(special ?? num);
        continue;
      }
      if (c === "|") {
        this.pos++;
        if (!prevOperand) {
          absStack.push(1);
          out += "abs(";
        } else if (absStack.length > 0) {
          absStack.pop();
          out += ")";
        } else throw new Unsupported();
        continue;
      }
      if (c === "^") {
        this.pos++;
        if (!prevOperand) throw new Unsupported();
        out += "^(" + this.argument() + ")";
        continue;
      }
      if (c === "_") throw new Unsupported(); // subscripts are read with their symbol
      if (c === "!") {
        if (!prevOperand) throw new Unsupported();
        this.pos++;
        out += "!";
        continue;
      }
      if ("+-*/".includes(c)) {
        this.pos++;
        out += c;
        prevOperand = false;
        continue;
      }
      if (c === "(" || c === "[" || c === "{") {
        this.pos++;
        const inner = c === "{" ? this.sequence(true) : this.bracketed(c === "(" ? ")" : "]");
        if (c === "{") this.expect("}");
        emitOperand("(" + inner + ")");
        continue;
      }
      if (isLetter(c)) {
        this.pos++;
        emitOperand(this.symbol(c));
        continue;
      }
      if (c === "\\") {
        const name = this.command();
        if (name in OPERATORS) {
          out += OPERATORS[name];
          prevOperand = false;
        } else if (name === "vert" || name === "lvert" || name === "rvert") {
          if (!prevOperand) {
            absStack.push(1);
            out += "abs(";
          } else if (absStack.length > 0) {
            absStack.pop();
            out += ")";
          } else throw new Unsupported();
        } else {
          emitOperand(this.commandOperand(name));
        }
        continue;
      }
      throw new Unsupported();
    }
    if (inGroup || absStack.length > 0) throw new Unsupported();
    return out;
  }

  /** "a, b)" after an opening parenthesis: comma-separated translated arguments. */
  private argumentList(): string {
    const args: string[] = [];
    let depth = 0;
    let start = this.pos;
    for (let i = this.pos; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      else if ((c === ")" && depth === 0) || (c === "," && depth === 0)) {
        const arg = latexToMathjs(this.src.slice(start, i));
        if (arg === null) throw new Unsupported();
        args.push(arg);
        start = i + 1;
        if (c === ")") {
          this.pos = i + 1;
          return args.join(", ");
        }
      } else if (c === ")" || c === "]" || c === "}") depth--;
    }
    throw new Unsupported();
  }

  /** Contents of ( ... ) or [ ... ] up to the closer; a comma inside is not a scalar. */
  private bracketed(close: string): string {
    let depth = 0;
    const start = this.pos;
    for (let i = start; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") {
        if (depth === 0) {
          if (c !== close) throw new Unsupported();
          const inner = latexToMathjs(this.src.slice(start, i));
          if (inner === null) throw new Unsupported();
          this.pos = i + 1;
          return inner;
        }
        depth--;
      } else if (c === "," && depth === 0) throw new Unsupported();
    }
    throw new Unsupported();
  }

  /** 3\frac{1}{2} in an answer is the mixed number 3 1/2, not 3 * 1/2. */
  private mixedFraction(whole: string): string | null {
    if (!/^\d+$/.test(whole)) return null;
    const m = /^\s*\\frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}/.exec(this.src.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    return `(${whole}+${m[1]}/${m[2]})`;
  }

  /** 0.\overline{3} = 1/3: digits under the bar repeat forever. */
  private repeatingDecimal(prefix: string): string | null {
    const m = /^\\overline\s*\{\s*(\d+)\s*\}/.exec(this.src.slice(this.pos));
    if (!m || !/^\d+\.\d*$/.test(prefix)) return null;
    this.pos += m[0].length;
    const [whole, frac] = prefix.split(".") as [string, string];
    const rep = m[1]!;
    // x = whole.frac(rep)... = (whole.frac + 0.rep / 10^len(frac) * 1/(1-10^-len(rep)))
    return `(${whole}.${frac || "0"}+${rep}/(${"9".repeat(rep.length)}*10^${frac.length}))`;
  }

  private number(): string {
    const m = /^(?:\d+(?:\.\d*)?|\.\d+)/.exec(this.src.slice(this.pos))!;
    this.pos += m[0].length;
    return m[0];
  }

  /** A one-letter symbol plus an optional subscript: x, x_1, x_{ab}. */
  private symbol(letter: string): string {
    let name = letter;
    if (this.src[this.pos] === "_") {
      this.pos++;
      name += "_" + this.subscript();
    }
    if (name === "e") return "e";
    return VAR_PREFIX + name;
  }

  private subscript(): string {
    const c = this.src[this.pos];
    if (c === "{") {
      const end = this.src.indexOf("}", this.pos);
      if (end < 0) throw new Unsupported();
      const raw = this.src.slice(this.pos + 1, end).replace(/\s+/g, "");
      if (!/^[A-Za-z0-9]+$/.test(raw)) throw new Unsupported();
      this.pos = end + 1;
      return raw;
    }
    if (c !== undefined && /[A-Za-z0-9]/.test(c)) {
      this.pos++;
      return c;
    }
    throw new Unsupported();
  }

  /** Reads "\name" (letters) or "\c" (one symbol); returns the name. */
  private command(): string {
    this.pos++; // backslash
    const m = /^[A-Za-z]+/.exec(this.src.slice(this.pos));
    if (m) {
      this.pos += m[0].length;
      return m[0];
    }
    const c = this.src[this.pos];
    if (c === undefined) throw new Unsupported();
    this.pos++;
    return c;
  }

  private commandOperand(name: string): string {
    switch (name) {
      case "frac":
      case "cfrac": {
        const a = this.argument();
        const b = this.argument();
        return `((${a})/(${b}))`;
      }
      case "sqrt": {
        this.skipSpaces();
        if (this.src[this.pos] === "[") {
          const end = this.src.indexOf("]", this.pos);
          if (end < 0) throw new Unsupported();
          const n = latexToMathjs(this.src.slice(this.pos + 1, end));
          if (n === null) throw new Unsupported();
          this.pos = end + 1;
          return `nthRoot(${this.argument()}, ${n})`;
        }
        return `sqrt(${this.argument()})`;
      }
      case "binom":
        return `combinations(${this.argument()}, ${this.argument()})`;
      case "pi":
        return "pi";
      case "infty":
      case "infin":
        return "Infinity";
      case "exponentialE":
        return "e";
    }
    if (GREEK.has(name)) {
      let sym = VAR_PREFIX + name;
      if (this.src[this.pos] === "_") {
        this.pos++;
        sym += "_" + this.subscript();
      }
      return sym;
    }
    const fn = FUNCTIONS[name];
    if (fn !== undefined) return this.functionCall(name, fn);
    const multi = MULTI_ARG[name];
    if (multi !== undefined) {
      this.skipSpaces();
      this.expect("(");
      return `${multi}(${this.argumentList()})`;
    }
    if (name === "lfloor" || name === "lceil") {
      const closer = name === "lfloor" ? "\\rfloor" : "\\rceil";
      const end = this.src.indexOf(closer, this.pos);
      if (end < 0) throw new Unsupported();
      const inner = latexToMathjs(this.src.slice(this.pos, end));
      if (inner === null) throw new Unsupported();
      this.pos = end + closer.length;
      return `${name === "lfloor" ? "floor" : "ceil"}(${inner})`;
    }
    throw new Unsupported();
  }

  /** \sin x, \sin(x), \sin^2 x, \log_2 8, \log_{b}(x). */
  private functionCall(name: string, fn: string): string {
    let base: string | null = null;
    let power: string | null = null;
    this.skipSpaces();
    if (name === "log" && this.src[this.pos] === "_") {
      this.pos++;
      base = this.argument();
    }
    this.skipSpaces();
    if (this.src[this.pos] === "^") {
      this.pos++;
      power = this.argument();
    }
    this.skipSpaces();
    let arg: string;
    if (this.src[this.pos] === "(") {
      this.pos++;
      arg = this.bracketed(")");
    } else if (isDigit(this.src[this.pos] ?? "")) {
      arg = this.number(); // \log 100 is log(100): a function takes the whole number, unlike \frac12
    } else arg = this.argument();
    const call = base === null ? `${fn}(${arg})` : `log(${arg}, ${base})`;
    return power === null ? call : `(${call})^(${power})`;
  }

  /** A macro argument: {group}, a command with its own arguments, or one character. */
  private argument(): string {
    this.skipSpaces();
    const c = this.src[this.pos];
    if (c === undefined) throw new Unsupported();
    if (c === "{") {
      this.pos++;
      const inner = this.sequence(true);
      this.expect("}");
      if (inner.length === 0) throw new Unsupported();
      return inner;
    }
    if (isDigit(c)) {
      this.pos++;
      return c; // \frac12 takes one digit per argument, as TeX does
    }
    if (isLetter(c)) {
      this.pos++;
      return this.symbol(c);
    }
    if (c === "\\") {
      const name = this.command();
      if (name in OPERATORS) throw new Unsupported();
      return this.commandOperand(name);
    }
    if (c === "-" || c === "+") {
      // x^-1 and x^+2: sign followed by one token
      this.pos++;
      return c + this.argument();
    }
    throw new Unsupported();
  }

  private expect(c: string): void {
    if (this.src[this.pos] !== c) throw new Unsupported();
    this.pos++;
  }

  private skipSpaces(): void {
    while (this.src[this.pos] === " ") this.pos++;
  }
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isLetter(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
}
