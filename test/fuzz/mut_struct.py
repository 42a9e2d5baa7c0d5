"""mut_struct.py: structural mutants of a D program, for diff_mut.py --struct.

Token mutants (diff_mut.py's default) change one token for another of its
class.  These change the program's shape the way a neighbouring script
would: a statement dropped, duplicated, swapped with its neighbour or
copied from another test of the same directory; a clause duplicated; a
predicate added, negated or dropped; an operand wrapped in a cast, a unary
operator, stringof(), sizeof() or ?:; a variable moved to another scope
(global, self->, this->, an associative array); a pragma option added that
changes how output is formatted.  Each mutant stays deterministic per seed.
"""
import re

# operands are wrapped by one of these (X is the operand)
WRAPS = ['(int)X', '(uint64_t)X', '(char)X', '(unsigned char)X', '(short)X',
         '(long)X', '(int8_t)X', '(uint32_t)X', '(string)X', '(void *)X',
         '-X', '!X', '~X', '(X)', 'sizeof (X)', 'stringof(X)', '(X + 1)',
         '(X - 1)', '(X * 2)', '(X ? X : 0)', '(1 ? X : X)', '(0, X)',
         '(X == X)', '(X << 1)', '(X & 0xff)', '&X', '*X', 'X[0]',
         '(uintptr_t)X', '(int64_t)X']

# pragma options that change formatting or behaviour, not tracing
OPTIONS = ['quiet', 'rawbytes', 'aggsortkey', 'aggsortrev', 'aggsortpos=1',
           'aggsortkeypos=1', 'aggpack', 'aggzoom',
           'strsize=8', 'strsize=256', 'bufpolicy=ring', 'bufpolicy=fill',
           'bufsize=8k', 'aggsize=1k', 'dynvarsize=1k', 'nspec=1',
           'specsize=256', 'switchrate=10hz', 'aggrate=1ms',
           'destructive', 'flowindent', 'stackindicator', 'zdefs',
           'defaultargs', 'quietresize', 'cleanrate=100hz',
           'statusrate=10ms', 'jstackframes=4', 'stackframes=2',
           'ustackframes=2', 'scratchsize=64']

NAME = re.compile(r'[A-Za-z_][A-Za-z0-9_]*$')
KEYWORDS = {'self', 'this', 'sizeof', 'stringof', 'offsetof', 'struct',
            'union', 'enum', 'typedef', 'inline', 'translator', 'xlate',
            'int', 'char', 'short', 'long', 'unsigned', 'signed', 'void',
            'float', 'double', 'string', 'const', 'volatile', 'static',
            'extern', 'register', 'auto', 'if', 'else', 'pragma', 'D',
            'option', 'provider', 'probe', 'in', 'NULL', 'BEGIN', 'END',
            'ERROR', 'progenyof', 'userland'}


def _sig(ts):
    return [i for i, t in enumerate(ts) if not t.isspace()
            and not t.startswith('/*') and not t.startswith('//')]


def structure(ts):
    """Bodies as (open, close) token indexes of top-level braces, and each
    body's statements as (start, end) ranges, end being its ';' or '}'."""
    bodies, depth, stack = [], 0, []
    par = 0
    for i, t in enumerate(ts):
        if t in '([':
            par += 1
        elif t in ')]':
            par = max(0, par - 1)
        elif t == '{':
            stack.append(i)
        elif t == '}' and stack:
            o = stack.pop()
            if not stack:
                bodies.append(o)
                bodies[-1] = (o, i)
    out = []
    for o, c in bodies:
        stmts, start, d = [], o + 1, 0
        for i in range(o + 1, c):
            t = ts[i]
            if t in '({[':
                d += 1
            elif t in ')}]':
                d -= 1
                if d == 0 and t == '}':
                    stmts.append((start, i))
                    start = i + 1
            elif t == ';' and d == 0:
                stmts.append((start, i))
                start = i + 1
        stmts = [(s, e) for s, e in stmts if any(not ts[k].isspace() for k in range(s, e + 1) if ts[k] != ';')]
        out.append((o, c, stmts))
    return out


def _text(ts, s, e):
    return ''.join(ts[s:e + 1])


def _clause_start(ts, o):
    """Token index where the clause whose body opens at o starts: after the
    previous top-level '}' or ';', or after the line of a directive."""
    i = o - 1
    while i >= 0 and ts[i] not in ('}', ';', '#'):
        i -= 1
    if i >= 0 and ts[i] == '#':
        while i < o and '\n' not in ts[i]:
            i += 1
    return i + 1


def _operands(ts, lo, hi):
    """Operand token ranges inside [lo, hi): numbers, strings, variables
    (with self->/this-> chains), not callees or declarators."""
    sig = [i for i in range(lo, hi) if not ts[i].isspace()]
    res = []
    for n, i in enumerate(sig):
        t = ts[i]
        nxt = ts[sig[n + 1]] if n + 1 < len(sig) else ''
        prv = ts[sig[n - 1]] if n > 0 else ''
        if prv in ('->', '.', 'struct', 'union', 'enum', '`'):
            continue
        if t in ('self', 'this') and nxt == '->' and n + 2 < len(sig):
            j = sig[n + 2]
            if NAME.match(ts[j]):
                res.append((i, j))
            continue
        if t.startswith('"') or re.match(r'\d', t):
            res.append((i, i))
        elif NAME.match(t) and t not in KEYWORDS and nxt not in ('(', ':') \
                and not t.endswith('_t') and prv != '@':
            res.append((i, i))
    return res


def mutate_struct(ts, rnd, donors):
    """One structural mutation of the token list ts, or None.  donors:
    statements (text) of other tests of the same directory."""
    st = structure(ts)
    if not st:
        return None
    src = ''.join(ts)
    for _ in range(30):
        op = rnd.choice(['drop', 'dup', 'swap', 'donor', 'wrap', 'wrap',
                         'wrap', 'pred', 'clause', 'scope', 'option'])
        o, c, stmts = rnd.choice(st)
        if op in ('drop', 'dup', 'swap') and not stmts:
            continue
        if op == 'drop':
            s, e = rnd.choice(stmts)
            if 'exit' in _text(ts, s, e):
                continue
            return ''.join(ts[:s] + ts[e + 1:])
        if op == 'dup':
            s, e = rnd.choice(stmts)
            t = _text(ts, s, e)
            return ''.join(ts[:e + 1]) + t + ''.join(ts[e + 1:])
        if op == 'swap':
            if len(stmts) < 2:
                continue
            k = rnd.randrange(len(stmts) - 1)
            (s1, e1), (s2, e2) = stmts[k], stmts[k + 1]
            a, b = _text(ts, s1, e1), _text(ts, s2, e2)
            if 'exit' in a:
                continue
            return ''.join(ts[:s1]) + b + ''.join(ts[e1 + 1:s2]) + a + ''.join(ts[e2 + 1:])
        if op == 'donor':
            if not donors:
                continue
            d = rnd.choice(donors)
            at = rnd.choice([s for s, _ in stmts] or [o + 1])
            return ''.join(ts[:at]) + '\n\t' + d + ''.join(ts[at:])
        if op == 'wrap':
            ops = _operands(ts, o + 1, c)
            if not ops:
                continue
            s, e = rnd.choice(ops)
            x = _text(ts, s, e)
            w = rnd.choice(WRAPS).replace('X', x)
            return ''.join(ts[:s]) + w + ''.join(ts[e + 1:])
        if op == 'pred':
            j = o - 1
            while j >= 0 and ts[j].isspace():
                j -= 1
            if ts[j] == '/':
                k = j - 1
                while k >= 0 and ts[k] != '/':
                    k -= 1
                if k < 0:
                    continue
                inner = ''.join(ts[k + 1:j])
                new = rnd.choice(['', '/!(%s)/' % inner, '/(%s) && 1/' % inner,
                                  '/0/', '/%s || 1/' % inner])
                return ''.join(ts[:k]) + new + ''.join(ts[j + 1:])
            new = rnd.choice(['/0/', '/1/', '/pid/', '/!0/', '/""/', '/self->x/', '/(char)256/'])
            return ''.join(ts[:o]) + new + '\n' + ''.join(ts[o:])
        if op == 'clause':
            s = _clause_start(ts, o)
            while s < o and (ts[s].isspace() or ts[s].startswith(('/*', '//'))):
                s += 1
            cl = ''.join(ts[s:c + 1])
            if 'exit' in cl and rnd.random() < 0.5:
                continue
            return ''.join(ts[:c + 1]) + '\n\n' + cl + ''.join(ts[c + 1:])
        if op == 'scope':
            m = re.findall(r'\b(self|this)->([A-Za-z_]\w*)', src)
            if not m:
                continue
            scope, name = rnd.choice(sorted(set(m)))
            to = rnd.choice([x for x in ('self->', 'this->', '', 'g_') if x != scope + '->'])
            pat = r'\b%s->%s\b' % (scope, name)
            rep = (to + name) if to != 'g_' else 'g_%s[0]' % name
            return re.sub(pat, rep, src)
        if op == 'option':
            return '#pragma D option %s\n' % rnd.choice(OPTIONS) + src
    return None


def donor_statements(tests, path, toks):
    """Statements of the other tests in path's directory (text, with ';');
    toks is diff_mut.py's tokenizer."""
    d = path.rsplit('/', 1)[0]
    out = []
    for p, s, _ in tests:
        if p == path or p.rsplit('/', 1)[0] != d:
            continue
        ts = toks(s)
        for o, c, stmts in structure(ts):
            for a, b in stmts:
                t = _text(ts, a, b).strip()
                if t and 'exit' not in t and len(t) < 200:
                    out.append(t if t.endswith((';', '}')) else t + ';')
    return out
