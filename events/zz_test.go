package events
import ("testing";"fmt")
func TestZZ(t *testing.T){
 doc:=extractCase(t,"2024-03-21","After a two-hour meeting with el-Sissi in Cairo, Blinken said a deal was possible.")
 fmt.Println(eventSummary(doc.Events))
}
