package pipeline

import (
	"database/sql"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver (pure Go)
)

// Outcomes recorded in the state.
const (
	OutcomeOK     = "ok"
	OutcomeFailed = "failed"
)

// fileState is what the state remembers of one input, keyed by its
// relative path (which names its outputs).
type fileState struct {
	Rel      string
	Path     string
	Size     int64
	MTime    int64 // UnixNano
	SHA256   string
	Opts     string // options, formats and tool version it was processed with
	Outcome  string
	Error    string
	Page     int      // page of the failure, 0 when not known
	Outputs  []string // suffixes written: ".json", ...
	Pages    int
	Articles int
	Lines    []byte // this file's lines of articles.jsonl
	Updated  time.Time
}

// state is the incremental-run store: OUT/.newsprint/state*.db.
type state struct {
	db *sql.DB
}

func openState(file string) (*state, error) {
	// WAL keeps readers and the single writer apart; synchronous=NORMAL is
	// durable against process kills (the case that matters here) and a
	// power loss can only forget the last rows, which are then redone.
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	db, err := sql.Open("sqlite", "file:"+file+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := initState(db); err != nil {
		db.Close()
		return nil, err
	}
	return &state{db: db}, nil
}

// stateSchema is the version of the tables below, kept in the database's
// user_version; a later change of them raises it and migrates.
const stateSchema = 1

// initState creates the tables, after making sure that the database is a
// newsprint state this version can read: a foreign database is not
// written into, and one that would fail every write is refused at the
// start rather than at each input. A files table of earlier versions is
// rebuilt once with its article lines last (linesLast).
func initState(db *sql.DB) error {
	var other string
	// sqlite_* tables are SQLite's own (ANALYZE adds sqlite_stat1).
	err := db.QueryRow(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('files', 'meta')
		AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`).Scan(&other)
	if err == nil {
		return fmt.Errorf("not a newsprint state (it has a table %q)", other)
	}
	if err != sql.ErrNoRows {
		return err
	}
	var ver int
	if err := db.QueryRow(`PRAGMA user_version`).Scan(&ver); err != nil {
		return err
	}
	if ver > stateSchema {
		return fmt.Errorf("written by a newer newsprint (state schema %d, this one knows %d)", ver, stateSchema)
	}
	_, err = db.Exec(`CREATE TABLE IF NOT EXISTS files` + filesTable + `;
CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v TEXT NOT NULL);`)
	if err != nil {
		return err
	}
	cols, err := tableColumns(db, "files")
	if err != nil {
		return err
	}
	want := strings.Split(fileColumns+", lines", ", ")
	for _, c := range want {
		if !slices.Contains(cols, c) {
			return fmt.Errorf("not a state this newsprint can read (table files has no column %s)", c)
		}
	}
	if len(cols) == len(want) && cols[len(cols)-1] != "lines" {
		if err := linesLast(db); err != nil {
			return fmt.Errorf("moving the article lines last: %w", err)
		}
	}
	if ver < stateSchema {
		_, err = db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, stateSchema))
	}
	return err
}

// filesTable is the files table's definition: fileColumnDefs, then the
// article lines. They come last: SQLite reads a row's columns in order,
// and lines, large, spill into overflow pages that reading a column after
// them would walk, so that loading the records (every run) would read the
// whole state.
var filesTable = "(" + strings.Join(fileColumnDefs, ", ") + ", lines BLOB)"

// linesLast rebuilds a files table of earlier versions, whose lines came
// before updated, as filesTable. Every query names its columns, so those
// versions read the rebuilt table as before: the schema version stays.
// The old table's pages, as many as the new one's, are then given back
// (VACUUM): SQLite keeps a dropped table's pages in the file for reuse,
// and the state would stay twice its size.
func linesLast(db *sql.DB) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{
		`CREATE TABLE files_rebuilt` + filesTable,
		`INSERT INTO files_rebuilt(` + fileColumns + `, lines) SELECT ` + fileColumns + `, lines FROM files`,
		`DROP TABLE files`,
		`ALTER TABLE files_rebuilt RENAME TO files`,
	} {
		if _, err := tx.Exec(q); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// VACUUM writes a copy of the state: where it fails (a full disk),
	// the state is as good, only bigger.
	db.Exec(`VACUUM`)
	return nil
}

// tableColumns returns the names of table's columns, in their order.
func tableColumns(db *sql.DB, table string) ([]string, error) {
	rows, err := db.Query(`SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		cols = append(cols, c)
	}
	return cols, rows.Err()
}

func (s *state) Close() error { return s.db.Close() }

// openStateRO opens another run's state to read records from; it is not
// written to (not even its schema version).
func openStateRO(file string) (*state, error) {
	q := url.Values{}
	q.Add("mode", "ro")
	q.Add("_pragma", "busy_timeout(10000)")
	db, err := sql.Open("sqlite", "file:"+file+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return &state{db: db}, nil
}

// updated returns when each recorded input was recorded.
func (s *state) updated() (map[string]time.Time, error) {
	rows, err := s.db.Query(`SELECT rel, updated FROM files`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]time.Time{}
	for rows.Next() {
		var rel, upd string
		if err := rows.Scan(&rel, &upd); err != nil {
			return nil, err
		}
		m[rel], _ = time.Parse(time.RFC3339Nano, upd)
	}
	return m, rows.Err()
}

// row returns the whole record of one input, article lines included.
func (s *state) row(rel string) (*fileState, error) {
	return scanFile(s.db.QueryRow(`SELECT `+fileColumns+`, lines FROM files WHERE rel = ?`, rel), true)
}

// load returns every recorded input without the article lines.
func (s *state) load() (map[string]*fileState, error) {
	rows, err := s.db.Query(`SELECT ` + fileColumns + ` FROM files`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]*fileState{}
	for rows.Next() {
		f, err := scanFile(rows, false)
		if err != nil {
			return nil, err
		}
		m[f.Rel] = f
	}
	return m, rows.Err()
}

// fileColumnDefs define the columns of a record that scanFile reads, in
// order; the article lines, large, are read only when asked for.
var fileColumnDefs = []string{
	"rel TEXT PRIMARY KEY", "path TEXT NOT NULL", "size INTEGER NOT NULL", "mtime INTEGER NOT NULL",
	"sha256 TEXT NOT NULL", "opts TEXT NOT NULL", "outcome TEXT NOT NULL", "error TEXT NOT NULL",
	"page INTEGER NOT NULL", "outputs TEXT NOT NULL", "pages INTEGER NOT NULL", "articles INTEGER NOT NULL",
	"updated TEXT NOT NULL",
}

// fileColumns names fileColumnDefs' columns, as the queries list them.
var fileColumns = func() string {
	names := make([]string, len(fileColumnDefs))
	for i, d := range fileColumnDefs {
		names[i], _, _ = strings.Cut(d, " ")
	}
	return strings.Join(names, ", ")
}()

// scanFile reads a record selected as fileColumns (then lines, withLines).
func scanFile(r interface{ Scan(...any) error }, withLines bool) (*fileState, error) {
	var f fileState
	var outs, upd string
	dest := []any{&f.Rel, &f.Path, &f.Size, &f.MTime, &f.SHA256, &f.Opts, &f.Outcome, &f.Error, &f.Page, &outs, &f.Pages, &f.Articles, &upd}
	if withLines {
		dest = append(dest, &f.Lines)
	}
	if err := r.Scan(dest...); err != nil {
		return nil, err
	}
	if outs != "" {
		f.Outputs = strings.Split(outs, ",")
	}
	f.Updated, _ = time.Parse(time.RFC3339Nano, upd)
	return &f, nil
}

// put records one input; called only once its outputs are on disk.
func (s *state) put(f *fileState) error {
	_, err := s.db.Exec(`INSERT OR REPLACE INTO files(`+fileColumns+`, lines) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		f.Rel, f.Path, f.Size, f.MTime, f.SHA256, f.Opts, f.Outcome, f.Error, f.Page,
		strings.Join(f.Outputs, ","), f.Pages, f.Articles, f.Updated.UTC().Format(time.RFC3339Nano), f.Lines)
	return err
}

// touch updates the recorded mtime of an input whose content proved unchanged.
func (s *state) touch(rel string, mtime int64) error {
	_, err := s.db.Exec(`UPDATE files SET mtime = ? WHERE rel = ?`, mtime, rel)
	return err
}

// lines calls fn with the article lines of each input in rels, in order.
func (s *state) lines(rels []string, fn func([]byte) error) error {
	stmt, err := s.db.Prepare(`SELECT lines FROM files WHERE rel = ? AND outcome = 'ok'`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, r := range rels {
		var b []byte
		err := stmt.QueryRow(r).Scan(&b)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return err
		}
		if err := fn(b); err != nil {
			return err
		}
	}
	return nil
}

func (s *state) meta(k string) string {
	var v string
	s.db.QueryRow(`SELECT v FROM meta WHERE k = ?`, k).Scan(&v)
	return v
}

func (s *state) setMeta(k, v string) error {
	_, err := s.db.Exec(`INSERT OR REPLACE INTO meta(k, v) VALUES(?, ?)`, k, v)
	return err
}
