module newsprint

go 1.26.0

require github.com/go-ego/gse v0.80.3

require github.com/vcaesar/cedar v0.20.2 // indirect
